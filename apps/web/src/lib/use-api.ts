import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, newIdempotencyKey } from './api-client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads `load()` now and whenever `deps` change; an answer that arrives late is dropped. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          error: error instanceof ApiError ? error : new ApiError(0, []),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** The words for a failure: the gateway's own messages, else one by its status. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        if (error.messages.length > 0 && error.status !== 0) return error.messages.join('; ');
        const byStatus: Record<number, string> = {
          0: t('errors.network'),
          400: t('errors.invalid'),
          403: t('errors.forbidden'),
          404: t('errors.notFound'),
          409: t('errors.conflict'),
          422: t('errors.rule'),
          429: t('errors.tooMany'),
        };
        return byStatus[error.status] ?? t('errors.server');
      }
      return t('errors.server');
    },
    [t],
  );
}

/** Antd's name path for a message such as "boothTypes.0.code must be ..." (its first word). */
function fieldPath(message: string): (string | number)[] {
  const [first] = message.split(' ');
  return first.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface Command<A> {
  run: (args: A) => Promise<boolean>;
  busy: boolean;
  /** Messages that name no field of the form (409, 422, or a field the form does not have). */
  formErrors: string[];
}

/**
 * A command sent from a form or a button: one Idempotency-Key per submission, the same one when the
 * person retries the same values after a failure (a lost answer is then not applied twice), a new
 * one for changed values or after a success. The API's 400/409/422 messages go
 * beside the form fields they name; the rest to `formErrors`; the outcome to a message.
 */
export function useCommand<A>(
  send: (args: A, idempotencyKey: string) => Promise<unknown>,
  options: { form?: FormInstance; success?: string; onDone?: () => void } = {},
): Command<A> {
  const { message } = App.useApp();
  const errorText = useErrorText();
  // The key of the last submission and what it sent: a retry of the same values reuses it.
  const last = useRef<{ key: string; sent: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const run = async (args: A) => {
    setBusy(true);
    setFormErrors([]);
    const sent = JSON.stringify(args ?? null);
    if (last.current?.sent !== sent) last.current = { key: newIdempotencyKey(), sent };
    try {
      await send(args, last.current.key);
      last.current = undefined;
      if (options.success) void message.success(options.success);
      options.onDone?.();
      return true;
    } catch (error) {
      const unplaced: string[] = [];
      if (error instanceof ApiError && options.form && error.messages.length > 0) {
        const form = options.form;
        const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
        for (const text of error.messages) {
          const name = fieldPath(text);
          if (form.getFieldInstance(name) !== undefined || fieldKnown(form, name)) {
            const id = name.join('.');
            const entry = byField.get(id) ?? { name, errors: [] };
            entry.errors.push(text);
            byField.set(id, entry);
          } else {
            unplaced.push(text);
          }
        }
        form.setFields([...byField.values()]);
      } else {
        unplaced.push(errorText(error));
      }
      setFormErrors(unplaced);
      void message.error(unplaced[0] ?? errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, formErrors };
}

function fieldKnown(form: FormInstance, name: (string | number)[]): boolean {
  try {
    return form.getFieldValue(name) !== undefined;
  } catch {
    return false;
  }
}
