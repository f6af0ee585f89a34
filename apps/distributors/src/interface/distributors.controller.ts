import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandMeta, NotFoundError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { RegisterDistributorHandler } from '../commands/register-distributor/register-distributor.handler';
import { DistributorView } from '../domain/distributor.aggregate';
import { DistributorRepositories } from '../infrastructure/repositories';
import { RegisterDistributorDto } from '@ocop/contracts';

@Controller('distributors')
export class DistributorsController {
  constructor(
    private readonly register: RegisterDistributorHandler,
    private readonly repositories: DistributorRepositories,
  ) {}

  /** 201 {distributorId, location, ...distributor}; 409 when the registration number is taken. */
  @Post()
  async create(
    @Body() dto: RegisterDistributorDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<DistributorView & { location: string }> {
    const view = await this.register.execute(dto, meta);
    return { ...view, location: `/distributors/${view.distributorId}` };
  }

  @Get(':id')
  async find(@Param('id', new ParseUUIDPipe()) id: string): Promise<DistributorView> {
    const view = (await this.repositories.distributors.load(id)).view();
    if (!view) throw new NotFoundError(`distributor ${id} not found`);
    return view;
  }
}
