export * from './free-port';
export * from './postgres';
export * from './temporal-dev-server';
export * from './typescript-entry';
