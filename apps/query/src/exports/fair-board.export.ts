import { HOLDING_STATUSES } from '../domain/booking';
import type { BoothBookingDoc, FairMeetingDoc, OrderDoc } from '../read-models/collections';
import type { FairViews } from '../views/fair.views';
import type { MouItem } from '../views/mou.views';
import type { BoardSection, ExportLanguage } from '@ocop/contracts';
import { AnyExportTable, table } from './export-table';
import { label } from './labels';

type Records = Awaited<ReturnType<FairViews['records']>>;
interface Names {
  producers: Map<string, string>;
  distributors: Map<string, string>;
}

/** A fair's board as tables: its bookings, meetings, the MOUs signed there and their orders. */
export function fairBoardTables(
  records: Records,
  names: Names,
  lang: ExportLanguage,
): Record<BoardSection, AnyExportTable> {
  const producer = (id: string) => names.producers.get(id) ?? id;
  const distributor = (id: string) => names.distributors.get(id) ?? id;
  const boothNames = new Map(records.fair.boothTypes.map((t) => [t.code, t.name]));
  return {
    bookings: table<BoothBookingDoc>({
      name: { vi: 'Đăng ký gian hàng', en: 'Bookings' },
      rows: records.bookings,
      columns: [
        {
          header: { vi: 'Mã đăng ký', en: 'Booking id' },
          type: 'text',
          width: 38,
          value: (b) => b._id,
        },
        {
          header: { vi: 'Chủ thể OCOP', en: 'Producer' },
          type: 'text',
          width: 36,
          value: (b) => producer(b.producerId),
        },
        {
          header: { vi: 'Loại gian', en: 'Booth type' },
          type: 'text',
          width: 24,
          value: (b) => boothNames.get(b.boothType) ?? b.boothType,
        },
        {
          header: { vi: 'Số gian', en: 'Booth number' },
          type: 'number',
          // A rejected or cancelled booking gave its booth back.
          value: (b) => (HOLDING_STATUSES.includes(b.status) ? b.boothNumber : null),
        },
        {
          header: { vi: 'Trạng thái', en: 'Status' },
          type: 'text',
          width: 16,
          value: (b) => label(b.status, lang),
        },
        {
          header: { vi: 'Phí gian hàng', en: 'Booth fee' },
          type: 'money',
          width: 16,
          value: (b) => b.priceVnd,
        },
        {
          header: { vi: 'Thời điểm đăng ký', en: 'Booked at' },
          type: 'time',
          width: 18,
          value: (b) => b.bookedAt,
        },
        {
          header: { vi: 'Thời điểm nhận gian', en: 'Checked in at' },
          type: 'time',
          width: 18,
          value: (b) => b.checkedInAt,
        },
      ],
    }),
    meetings: table<FairMeetingDoc>({
      name: { vi: 'Gặp gỡ B2B', en: 'Meetings' },
      rows: records.meetings,
      columns: [
        {
          header: { vi: 'Mã cuộc gặp', en: 'Meeting id' },
          type: 'text',
          width: 38,
          value: (m) => m._id,
        },
        {
          header: { vi: 'Chủ thể OCOP', en: 'Producer' },
          type: 'text',
          width: 36,
          value: (m) => producer(m.producerId),
        },
        {
          header: { vi: 'Nhà phân phối', en: 'Distributor' },
          type: 'text',
          width: 30,
          value: (m) => distributor(m.distributorId),
        },
        {
          header: { vi: 'Bên đề nghị', en: 'Requested by' },
          type: 'text',
          width: 16,
          value: (m) => label(m.requestedBy, lang),
        },
        {
          header: { vi: 'Trạng thái', en: 'Status' },
          type: 'text',
          width: 16,
          value: (m) => label(m.status, lang),
        },
        { header: { vi: 'Đã nhận lời', en: 'Accepted' }, type: 'text', value: (m) => m.accepted },
        {
          header: { vi: 'Thời điểm đề nghị', en: 'Requested at' },
          type: 'time',
          width: 18,
          value: (m) => m.requestedAt,
        },
      ],
    }),
    mous: table<MouItem>({
      name: { vi: 'Biên bản ghi nhớ', en: 'MOUs' },
      rows: records.mous,
      columns: [
        {
          header: { vi: 'Mã biên bản', en: 'MOU id' },
          type: 'text',
          width: 38,
          value: (m) => m.mouId,
        },
        { header: { vi: 'Tiêu đề', en: 'Title' }, type: 'text', width: 40, value: (m) => m.title },
        {
          header: { vi: 'Chủ thể OCOP', en: 'Producers' },
          type: 'text',
          width: 36,
          value: (m) => m.producerIds.map(producer).join(', '),
        },
        {
          header: { vi: 'Nhà phân phối', en: 'Distributor' },
          type: 'text',
          width: 30,
          value: (m) => distributor(m.distributorId),
        },
        {
          header: { vi: 'Trạng thái', en: 'Status' },
          type: 'text',
          width: 16,
          value: (m) => label(m.status, lang),
        },
        {
          header: { vi: 'Ngày ký', en: 'Signed on' },
          type: 'vietnamDay',
          value: (m) => m.signedAt,
        },
        {
          header: { vi: 'Tiến độ thực hiện (%)', en: 'Fulfilment (%)' },
          type: 'number',
          value: (m) => m.overallPercent,
        },
      ],
    }),
    orders: table<OrderDoc>({
      name: { vi: 'Đơn hàng', en: 'Orders' },
      rows: records.orders,
      columns: [
        {
          header: { vi: 'Mã đơn hàng', en: 'Order id' },
          type: 'text',
          width: 38,
          value: (o) => o._id,
        },
        {
          header: { vi: 'Mã biên bản', en: 'MOU id' },
          type: 'text',
          width: 38,
          value: (o) => o.mouId,
        },
        {
          header: { vi: 'Chủ thể OCOP', en: 'Producer' },
          type: 'text',
          width: 36,
          value: (o) => producer(o.producerId),
        },
        {
          header: { vi: 'Nhà phân phối', en: 'Distributor' },
          type: 'text',
          width: 30,
          value: (o) => distributor(o.distributorId),
        },
        {
          header: { vi: 'Trạng thái', en: 'Status' },
          type: 'text',
          width: 16,
          value: (o) => label(o.status, lang),
        },
        {
          header: { vi: 'Giá trị', en: 'Total' },
          type: 'money',
          width: 18,
          value: (o) => o.totalVnd,
        },
        {
          header: { vi: 'Thời điểm đặt', en: 'Placed at' },
          type: 'time',
          width: 18,
          value: (o) => o.placedAt,
        },
      ],
    }),
  };
}
