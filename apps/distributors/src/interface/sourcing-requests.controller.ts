import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { CommandMeta, NotFoundError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { CloseSourcingRequestHandler } from '../commands/close-sourcing-request/close-sourcing-request.handler';
import { PublishSourcingRequestHandler } from '../commands/publish-sourcing-request/publish-sourcing-request.handler';
import { UpdateSourcingRequestHandler } from '../commands/update-sourcing-request/update-sourcing-request.handler';
import { SourcingRequestView } from '../domain/sourcing-request.aggregate';
import { DistributorRepositories } from '../infrastructure/repositories';
import { PublishSourcingRequestDto, UpdateSourcingRequestDto } from '@ocop/contracts';

@Controller('sourcing-requests')
export class SourcingRequestsController {
  constructor(
    private readonly publishing: PublishSourcingRequestHandler,
    private readonly updating: UpdateSourcingRequestHandler,
    private readonly closing: CloseSourcingRequestHandler,
    private readonly repositories: DistributorRepositories,
  ) {}

  /** 201 with the open request; 422 for an unregistered distributor or a deadline in the past. */
  @Post()
  async publish(
    @Body() dto: PublishSourcingRequestDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<SourcingRequestView & { location: string }> {
    const view = await this.publishing.execute(dto, meta);
    return { ...view, location: `/sourcing-requests/${view.sourcingRequestId}` };
  }

  @Patch(':id')
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateSourcingRequestDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<SourcingRequestView> {
    return this.updating.execute(id, dto, meta);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  close(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<SourcingRequestView> {
    return this.closing.execute(id, meta);
  }

  @Get(':id')
  async find(@Param('id', new ParseUUIDPipe()) id: string): Promise<SourcingRequestView> {
    const view = (await this.repositories.sourcingRequests.load(id)).view();
    if (!view) throw new NotFoundError(`sourcing request ${id} not found`);
    return view;
  }
}
