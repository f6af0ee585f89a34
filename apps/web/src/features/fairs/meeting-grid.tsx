import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../lib/format';
import { useName } from '../shared/party-name';

export interface Slot {
  slot: number;
  day: string;
  startsAt: string;
  endsAt: string;
  tables: number;
}

export interface PlannedMeeting {
  producerId: string;
  distributorId: string;
  slotId: number;
  tableNumber: number;
  score: number;
}

function Pair({ meeting }: { meeting: PlannedMeeting }) {
  const producer = useName('producer', meeting.producerId);
  const distributor = useName('distributor', meeting.distributorId);
  const text = `${producer ?? '…'} – ${distributor ?? '…'}`;
  return (
    <Tooltip title={`${text} (${Math.round(meeting.score * 100)}%)`}>
      <div
        style={{
          background: '#e6f4ff',
          borderRadius: 4,
          padding: '2px 4px',
          fontSize: 12,
          lineHeight: 1.3,
        }}
      >
        <Typography.Text ellipsis style={{ fontSize: 12, maxWidth: 160, display: 'block' }}>
          {producer ?? '…'}
        </Typography.Text>
        <Typography.Text
          ellipsis
          type="secondary"
          style={{ fontSize: 12, maxWidth: 160, display: 'block' }}
        >
          {distributor ?? '…'}
        </Typography.Text>
      </div>
    </Tooltip>
  );
}

/** The organiser's view of a meeting plan: one row per slot that has meetings, one column per table. */
export function MeetingGrid({ slots, meetings }: { slots: Slot[]; meetings: PlannedMeeting[] }) {
  const { t } = useTranslation();
  const tables = Math.max(1, ...slots.map((s) => s.tables));
  const byCell = new Map(meetings.map((m) => [`${m.slotId}:${m.tableNumber}`, m]));
  const usedSlots = slots.filter((slot) => meetings.some((m) => m.slotId === slot.slot));
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
        <caption style={{ textAlign: 'left', paddingBottom: 8 }}>{t('board.meetingPlan')}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              style={{ textAlign: 'left', padding: 4, borderBottom: '1px solid #f0f0f0' }}
            >
              {t('board.slot')}
            </th>
            {Array.from({ length: tables }, (_, i) => (
              <th key={i} scope="col" style={{ padding: 4, borderBottom: '1px solid #f0f0f0' }}>
                {t('board.table', { number: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {usedSlots.map((slot) => (
            <tr key={slot.slot}>
              <th
                scope="row"
                style={{ textAlign: 'left', padding: 4, whiteSpace: 'nowrap', fontWeight: 500 }}
              >
                {formatDate(slot.day)} {formatTime(slot.startsAt)}–{formatTime(slot.endsAt)}
              </th>
              {Array.from({ length: tables }, (_, i) => {
                const meeting = byCell.get(`${slot.slot}:${i + 1}`);
                return (
                  <td
                    key={i}
                    style={{
                      padding: 2,
                      border: '1px solid #f5f5f5',
                      minWidth: 120,
                      verticalAlign: 'top',
                    }}
                  >
                    {meeting && <Pair meeting={meeting} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
