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
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requestCorrelationId } from '@ocop/common';
import type { Request } from 'express';
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
  @Post()
  create(@Body() dto: CreateUserDto, @Req() req: Request) {
    return this.users.create(dto, requestCorrelationId(req));
  }

  @ApiOperation({ summary: 'Users, by email (admin)' })
  @Get()
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @ApiOperation({ summary: 'One user (admin)' })
  @Get(':userId')
  get(@Param('userId', new ParseUUIDPipe()) userId: string) {
    return this.users.get(userId);
  }

  @ApiOperation({
    summary: 'Deactivate or reactivate a user, rename it or set its password (admin)',
  })
  @Patch(':userId')
  update(@Param('userId', new ParseUUIDPipe()) userId: string, @Body() dto: UpdateUserDto) {
    return this.users.update(userId, dto);
  }
}
