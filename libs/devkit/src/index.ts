export * from './free-port';
export * from './postgres';
export * from './temporal-dev-server';
