import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { requestCorrelationId } from '@ocop/common';
import type { Request } from 'express';
import { ApiErrors } from '../docs/api-errors.decorator';
import { ApiQueryFrom } from '../docs/api-query-from.decorator';
import { pageOf } from '@ocop/contracts/responses';
import { User } from './users.response';
import { AdminOnlyGuard } from './admin-only.guard';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@UseGuards(AdminOnlyGuard)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({
    summary: 'Create a user (admin); producer and distributor users name their organisation',
  })
  @ApiCreatedResponse({ type: User })
  @ApiErrors(400, 401, 403, 409, 413, 422, 429, 503)
  @Post()
  create(@Body() dto: CreateUserDto, @Req() req: Request) {
    return this.users.create(dto, requestCorrelationId(req));
  }

  @ApiOperation({ summary: 'Users, by email (admin)' })
  @ApiQueryFrom(ListUsersQuery)
  @ApiOkResponse({ type: pageOf(User) })
  @ApiErrors(400, 401, 403, 429, 503)
  @Get()
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @ApiOperation({ summary: 'One user (admin)' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: User })
  @ApiErrors(400, 401, 403, 404, 429, 503)
  @Get(':userId')
  get(@Param('userId', new ParseUUIDPipe()) userId: string) {
    return this.users.get(userId);
  }

  @ApiOperation({
    summary: 'Deactivate or reactivate a user, rename it or set its password (admin)',
  })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiBody({ type: UpdateUserDto, required: false })
  @ApiOkResponse({ type: User })
  @ApiErrors(400, 401, 403, 404, 413, 429, 503)
  @Patch(':userId')
  update(@Param('userId', new ParseUUIDPipe()) userId: string, @Body() dto: UpdateUserDto) {
    return this.users.update(userId, dto);
  }
}
