import { Select, type SelectProps } from 'antd';
import { useRef, useState } from 'react';
import { api, ok } from '../../lib/api-client';
import { useApi } from '../../lib/use-api';
import type { Page } from '../shared/views';

interface CatalogueProducer {
  producerId: string;
  name: string;
}

/**
 * A producer picked by name among all active producers (the catalogue's list, searched by the API
 * with or without diacritics as the buyer types), not only those a first page would hold.
 */
export function ProducerSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const [q, setQ] = useState('');
  const found = useApi(
    () =>
      ok<Page<CatalogueProducer>>(
        api.GET('/api/v1/catalogue/producers', {
          params: { query: { q: q.trim() || undefined, limit: 30 } },
        }),
      ),
    [q],
  );
  // The chosen producer keeps its name when a later search no longer lists it.
  const names = useRef(new Map<string, string>());
  const items = found.data?.items ?? [];
  for (const p of items) names.current.set(p.producerId, p.name);
  const options = items.map((p) => ({ value: p.producerId, label: p.name, title: p.name }));
  const chosen = props.value;
  if (chosen && !items.some((p) => p.producerId === chosen) && names.current.has(chosen)) {
    const name = names.current.get(chosen)!;
    options.unshift({ value: chosen, label: name, title: name });
  }
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.loading}
      options={options}
    />
  );
}
