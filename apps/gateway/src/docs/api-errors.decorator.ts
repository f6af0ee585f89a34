import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ERROR_DESCRIPTIONS, ErrorResponse } from '@ocop/contracts/responses';

/** Documents each status as an ErrorResponse, on one of the gateway's own controllers. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponse }),
    ),
  );
