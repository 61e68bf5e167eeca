import { Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { databaseConfig, type DatabaseConfig } from '@kbdm/api/core-config';
import { DemoDataLoader } from './demo-data.loader';

/** Loads the starting catalogues into an empty database at start, when configured to. */
@Module({
  imports: [ConfigModule.forFeature(databaseConfig)],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class DemoDataModule implements OnApplicationBootstrap {
  constructor(
    private readonly loader: DemoDataLoader,
    @Inject(databaseConfig.KEY) private readonly config: DatabaseConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoData) await this.loader.loadIfEmpty();
  }
}
