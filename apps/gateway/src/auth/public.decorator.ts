import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ocop:public';

/** A route anyone may call without a token (login, the status page). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
