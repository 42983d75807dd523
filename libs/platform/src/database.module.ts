import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, openMigratedDataSource } from '@dondoc/persistence';
import { RuntimeConfig } from './runtime-config';

/** TypeORM on the configured database, migrated before anything else touches it. */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [RuntimeConfig],
          useFactory: (config: RuntimeConfig) => dataSourceOptions(config.values.DATABASE_URL),
          dataSourceFactory: async (options) =>
            openMigratedDataSource((options as { url: string }).url),
        }),
      ],
    };
  }
}
