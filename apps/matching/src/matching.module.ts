import { Module } from '@nestjs/common';
import { PlatformModule } from '@ocop/common';

@Module({
  imports: [PlatformModule.forService('matching')],
})
export class MatchingModule {}
