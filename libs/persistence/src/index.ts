export * from './entities';
export * from './data-source';
export * from './import-directory';
export * from './upsert-user';
export * from './task-state';
export * from './repositories';
