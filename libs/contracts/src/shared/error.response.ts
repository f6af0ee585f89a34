import { ApiProperty } from '@nestjs/swagger';

/** Every error the API answers: what went wrong, each wrong field named in `message`. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ type: [String], example: ['limit must not be greater than 100'] })
  message!: string[];
}

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed input: each wrong field named',
  401: 'No valid access token',
  403: 'The role may not do this',
  404: "Not found, or another party's",
  409: 'Conflicts with the current state',
  413: 'The body is over the size limit',
  422: 'Breaks a business rule',
  429: 'Too many requests',
  503: 'The service behind it does not answer; try again',
};
