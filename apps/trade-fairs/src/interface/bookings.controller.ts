import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { CommandMeta, NotFoundError } from '@ocop/common';
import { EventStore, readHistory } from '@ocop/event-sourcing';
import {
  BoothBookingEvents,
  CommandMetadata,
  FAIR_AGGREGATE_TYPES,
  TypedEnvelope,
} from '@ocop/events';
import { ApproveBookingHandler } from '../commands/approve-booking/approve-booking.handler';
import { BookBoothHandler } from '../commands/book-booth/book-booth.handler';
import { CancelBookingHandler } from '../commands/cancel-booking/cancel-booking.handler';
import { CheckInBookingHandler } from '../commands/check-in-booking/check-in-booking.handler';
import { loadFair } from '../commands/lookups';
import { RejectBookingHandler } from '../commands/reject-booking/reject-booking.handler';
import { BoothBookingView } from '../domain/booth-booking.aggregate';
import { ReadViews, sortBy } from '../infrastructure/read-views';
import { TradeFairRepositories } from '../infrastructure/repositories';
import {
  BookBoothDto,
  CancelBookingDto,
  RejectBookingDto,
  BookingListQueryDto,
  HistoryEntry,
  HistoryQuery,
  Page,
} from '@ocop/contracts';

const uuid = new ParseUUIDPipe();

/** Booth bookings of a fair: book, the officer's approve / reject, cancel, check-in. */
@Controller('fairs/:fairId/bookings')
export class BookingsController {
  constructor(
    private readonly booking: BookBoothHandler,
    private readonly approving: ApproveBookingHandler,
    private readonly rejecting: RejectBookingHandler,
    private readonly cancelling: CancelBookingHandler,
    private readonly checkingIn: CheckInBookingHandler,
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
    private readonly store: EventStore,
  ) {}

  /** 201 with the requested booking and its booth number; 409 sold out or booking not open; 422 not eligible. */
  @Post()
  async book(
    @Param('fairId', uuid) fairId: string,
    @Body() dto: BookBoothDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<BoothBookingView & { location: string }> {
    const view = await this.booking.execute(fairId, dto, meta);
    return { ...view, location: `/fairs/${fairId}/bookings/${view.bookingId}` };
  }

  @Get()
  async list(
    @Param('fairId', uuid) fairId: string,
    @Query() query: BookingListQueryDto,
  ): Promise<Page<BoothBookingView>> {
    await loadFair(this.repositories, fairId);
    const { status, producerId, boothType } = query;
    return this.views.bookings.page(
      {
        fairId,
        ...(status ? { status } : {}),
        ...(producerId ? { producerId } : {}),
        ...(boothType ? { boothType } : {}),
      },
      sortBy(
        query.sort === 'booth'
          ? ['boothType', 'boothNumber', 'bookingId']
          : ['status', 'bookingId'],
        query.order ?? 'asc',
      ),
      query,
    );
  }

  @Get(':bookingId')
  async find(
    @Param('fairId', uuid) fairId: string,
    @Param('bookingId', uuid) bookingId: string,
  ): Promise<BoothBookingView> {
    const view = (await this.repositories.bookings.load(bookingId)).view();
    if (!view || view.fairId !== fairId) {
      throw new NotFoundError(`booking ${bookingId} not found at fair ${fairId}`);
    }
    return view;
  }

  /** Its events, oldest first: who did what, when, and what it recorded. */
  @Get(':bookingId/history')
  history(
    @Param('fairId', uuid) fairId: string,
    @Param('bookingId', uuid) bookingId: string,
    @Query() query: HistoryQuery,
  ): Promise<Page<HistoryEntry>> {
    return readHistory<TypedEnvelope<keyof BoothBookingEvents>>(
      this.store,
      {
        aggregateType: FAIR_AGGREGATE_TYPES.boothBooking,
        aggregateId: bookingId,
        notFound: `booking ${bookingId} not found at fair ${fairId}`,
        // Every booking event names the booking's fair.
        select: (event) => event.payload.fairId === fairId,
      },
      query,
    );
  }

  @Post(':bookingId/approve')
  @HttpCode(HttpStatus.OK)
  approve(
    @Param('fairId', uuid) fairId: string,
    @Param('bookingId', uuid) bookingId: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    return this.approving.execute(fairId, bookingId, meta);
  }

  @Post(':bookingId/reject')
  @HttpCode(HttpStatus.OK)
  reject(
    @Param('fairId', uuid) fairId: string,
    @Param('bookingId', uuid) bookingId: string,
    @Body() dto: RejectBookingDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    return this.rejecting.execute(fairId, bookingId, dto, meta);
  }

  @Post(':bookingId/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(
    @Param('fairId', uuid) fairId: string,
    @Param('bookingId', uuid) bookingId: string,
    @Body() dto: CancelBookingDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    return this.cancelling.execute(fairId, bookingId, dto, meta);
  }

  @Post(':bookingId/check-in')
  @HttpCode(HttpStatus.OK)
  checkIn(
    @Param('fairId', uuid) fairId: string,
    @Param('bookingId', uuid) bookingId: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    return this.checkingIn.execute(fairId, bookingId, meta);
  }
}
