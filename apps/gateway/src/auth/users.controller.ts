import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
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
import { CurrentCaller } from './caller.decorator';
import type { Caller } from './roles';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './user.dto';
import { UsersService } from './users.service';

function adminOnly(caller: Caller): void {
  if (caller.role !== 'admin') throw new ForbiddenException('only an admin manages users');
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({
    summary: 'Create a user (admin); producer and distributor users name their organisation',
  })
  @ApiCreatedResponse({ type: User })
  @ApiErrors(400, 401, 403, 409, 413, 422, 429, 503)
  @Post()
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateUserDto, @Req() req: Request) {
    adminOnly(caller);
    return this.users.create(dto, requestCorrelationId(req));
  }

  @ApiOperation({ summary: 'Users, by email (admin)' })
  @ApiQueryFrom(ListUsersQuery)
  @ApiOkResponse({ type: pageOf(User) })
  @ApiErrors(400, 401, 403, 429, 503)
  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListUsersQuery) {
    adminOnly(caller);
    return this.users.list(query);
  }

  @ApiOperation({ summary: 'One user (admin)' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: User })
  @ApiErrors(400, 401, 403, 404, 429, 503)
  @Get(':userId')
  get(@CurrentCaller() caller: Caller, @Param('userId', new ParseUUIDPipe()) userId: string) {
    adminOnly(caller);
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
  update(
    @CurrentCaller() caller: Caller,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() dto: UpdateUserDto,
  ) {
    adminOnly(caller);
    return this.users.update(userId, dto);
  }
}
