/**
 * Node's arguments for running a TypeScript entry point: swc compiles each file as it is
 * required, with the options and path aliases of tsconfig.json (read from the working
 * directory, so spawn from the repository root). There is no build step.
 */
export function typescriptEntry(entry: string): string[] {
  return ['-r', require.resolve('@swc-node/register'), entry];
}
