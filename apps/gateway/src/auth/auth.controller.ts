import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { GatewaySettings } from '@ocop/common';
import { AccessTokens } from './access-tokens';
import { CurrentCaller } from './caller.decorator';
import { passwordMatches, UNKNOWN_USER_HASH } from './passwords';
import { Public } from './public.decorator';
import type { Caller } from './roles';
import { ApiErrors } from '../docs/api-errors.decorator';
import { AccessToken, User } from './users.response';
import { LoginDto } from './user.dto';
import { userView, UsersService } from './users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokens,
    private readonly config: ConfigService<GatewaySettings, true>,
  ) {}

  @ApiOperation({ summary: 'Exchange an email and password for an access token' })
  @ApiOkResponse({ type: AccessToken })
  @ApiErrors(400, 401, 413, 429, 503)
  @Public()
  @Throttle({ login: {} })
  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(@Body() dto: LoginDto) {
    const user = await this.users.findByEmail(dto.email);
    const matches = await passwordMatches(dto.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !matches || !user.active) {
      // One answer for every failure, so the endpoint does not tell which emails exist.
      throw new UnauthorizedException('wrong email or password');
    }
    const accessToken = await this.tokens.sign({
      userId: user._id,
      role: user.role,
      organisationId: user.organisationId,
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.get('JWT_TTL_SECONDS', { infer: true }),
      user: userView(user),
    };
  }

  @ApiOperation({ summary: 'The user the access token belongs to' })
  @ApiBearerAuth()
  @ApiOkResponse({ type: User })
  @ApiErrors(401, 404, 429, 503)
  @Get('me')
  me(@CurrentCaller() caller: Caller) {
    return this.users.get(caller.userId);
  }
}
