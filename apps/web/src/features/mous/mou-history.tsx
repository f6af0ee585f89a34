import { Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { PartyName } from '../shared/party-name';
import type { Page } from '../shared/views';

/** One event of the MOU's stream (GET /mous/:id/history). */
interface HistoryEvent {
  version: number;
  type: string;
  occurredAt: string;
  actor: { id: string; role: string };
  payload: Record<string, unknown>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** What an event changed, in words; its payload as the event catalogue (libs/events) defines it. */
function whatChanged(event: HistoryEvent, t: TFunction): string {
  const p = event.payload;
  const terms = (p.terms ?? {}) as Record<string, unknown>;
  const period = (start: unknown, end: unknown) =>
    `${formatDate(text(start))} – ${formatDate(text(end))}`;
  switch (event.type) {
    case 'MouDrafted':
      return t('mous.changes.drafted', {
        version: p.version,
        targets: count(terms.targets),
        obligations: count(terms.obligations),
        period: period(terms.startDate, terms.endDate),
      });
    case 'MouProposed':
      return t('mous.changes.proposed', { version: p.version });
    case 'MouSigned':
      return t('mous.changes.signed', {
        version: p.version,
        by: text(p.signedBy),
        onBehalfOf: text(p.onBehalfOf),
      });
    case 'MouActivated':
      return t('mous.changes.activated', {
        version: p.version,
        period: period(p.startDate, p.endDate),
      });
    case 'MouAmended':
      return t('mous.changes.amended', {
        version: p.version,
        basedOn: p.basedOn,
        changes: (Array.isArray(p.changes) ? p.changes : [])
          .map((field) => t(`mous.changes.fields.${String(field)}`, { defaultValue: field }))
          .join(', '),
        reason: text(p.reason) || '—',
      });
    case 'MouFulfilmentRecorded':
      return t('mous.changes.fulfilmentRecorded', {
        order: text(p.orderId).slice(0, 8),
        quantity: formatNumber(
          (Array.isArray(p.lines) ? (p.lines as { quantity: number }[]) : []).reduce(
            (n, line) => n + line.quantity,
            0,
          ),
        ),
      });
    case 'MouFulfilled':
      return t('mous.changes.fulfilled', { version: p.version });
    case 'MouExpired':
      return t('mous.changes.expired', { endDate: formatDate(text(p.endDate)) });
    case 'MouTerminated':
      return t('mous.changes.terminated', { reason: text(p.reason) });
    case 'ObligationOverdue':
      return t('mous.changes.obligationOverdue', {
        description: text(p.description),
        dueDate: formatDate(text(p.dueDate)),
      });
    case 'ObligationMet':
      return t('mous.changes.obligationMet', {
        obligation: text(p.obligationId),
        by: t(`mous.changes.metBy.${text(p.by)}`, { defaultValue: text(p.by) }),
      });
    default:
      return '';
  }
}

/** The MOU's history from its event stream, a page at a time, oldest first. */
export function MouHistory({ mouId }: { mouId: string }) {
  const { t } = useTranslation();
  // The route orders by the stream's version only: no column to sort by.
  const list = useTableQuery({ limit: 10 });
  const history = useApi(
    () =>
      ok<Page<HistoryEvent>>(
        api.GET('/api/v1/mous/{mouId}/history', {
          params: {
            path: { mouId },
            query: { page: list.query.page, limit: list.query.limit, order: 'asc' },
          },
        }),
      ),
    [mouId, list.query],
  );
  return (
    <Loading loaded={history}>
      {(events) => (
        <Table<HistoryEvent>
          rowKey="version"
          size="small"
          loading={history.loading}
          dataSource={events.items}
          {...list.table<HistoryEvent>(events.total)}
          columns={[
            {
              title: t('mous.historyTime'),
              dataIndex: 'occurredAt',
              render: (at: string) => formatDateTime(at),
            },
            {
              title: t('mous.historyType'),
              dataIndex: 'type',
              render: (type: string) => t(`mous.historyTypes.${type}`, { defaultValue: type }),
            },
            {
              title: t('mous.historyActor'),
              dataIndex: 'actor',
              render: (actor: HistoryEvent['actor']) => (
                <>
                  {t(`roles.${actor.role}`, { defaultValue: actor.role })}
                  {actor.role === 'distributor' || actor.role === 'producer' ? (
                    // A party's actor id is its organisation's.
                    <Typography.Text type="secondary">
                      {' · '}
                      <PartyName kind={actor.role} id={actor.id} />
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: t('mous.historyChange'),
              key: 'change',
              render: (_, event) => whatChanged(event, t),
            },
          ]}
        />
      )}
    </Loading>
  );
}
