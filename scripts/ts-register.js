/**
 * `node -r ./scripts/ts-register.js file.ts`: runs the repository's TypeScript without a
 * build step (the parse CLI, the worker a crash test kills). Files are compiled in memory
 * as they are required, with @swc/core when it is installed (it comes with
 * @temporalio/worker; about 1 ms a file) and typescript's transpileModule otherwise.
 * Nothing is type-checked here: that is `npm run typecheck`'s job.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function swcCompiler() {
  const swc = require('@swc/core');
  return (source, filename) =>
    swc.transformSync(source, {
      filename,
      swcrc: false,
      configFile: false,
      sourceMaps: false,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    }).code;
}

function typescriptCompiler() {
  const ts = require('typescript');
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    isolatedModules: true,
  };
  return (source, fileName) => ts.transpileModule(source, { compilerOptions, fileName }).outputText;
}

let compile;
function compiler() {
  if (compile) return compile;
  try {
    compile = swcCompiler();
  } catch {
    compile = typescriptCompiler();
  }
  return compile;
}

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const inRepo = filename.startsWith(root + path.sep);
  if (!inRepo || filename.includes(`${path.sep}node_modules${path.sep}`))
    throw new Error(`ts-register: will not compile TypeScript outside the repository: ${filename}`);
  module._compile(compiler()(fs.readFileSync(filename, 'utf8'), filename), filename);
};
