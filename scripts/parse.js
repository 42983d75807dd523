#!/usr/bin/env node
/** `npm run -s parse -- FILE`: runs scripts/parse.ts without a build step. */
'use strict';
require('./ts-register');
require('./parse.ts');
