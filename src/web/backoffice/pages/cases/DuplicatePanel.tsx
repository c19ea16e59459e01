import { useMutation, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { apiRequest } from '../../api/client'
import type { DuplicateCandidate } from '../../api/types'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { casePath, Link } from '../../router'

export interface DuplicateProbe {
  fullName?: string
  idNumber?: string
  phone?: string
  unitCode?: string
  addressDetail?: string
  summary?: string
  content?: string
}

export interface LinkedMatter {
  matterId: string
  trackingCode: string
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return current
}

/**
 * Đơn có thể trùng, shown beside the intake form as the official types: earlier cases of the same person
 * or with similar content, with the reasons; one click links the new letter to the earlier case's matter.
 */
export function DuplicatePanel({
  probe,
  linked,
  onLink,
}: {
  probe: DuplicateProbe
  linked: LinkedMatter | null
  onLink: (matter: LinkedMatter | null) => void
}) {
  const t = msg.duplicates
  const p = useDebounced(probe, 400)
  const hasPerson = Boolean(p.idNumber || p.phone || (p.fullName && p.addressDetail))
  const text = `${p.summary ?? ''} ${p.content ?? ''}`.trim()
  const body = {
    citizen: hasPerson
      ? {
          fullName: p.fullName || undefined,
          idNumber: /^[A-Z0-9]{8,12}$/i.test(p.idNumber ?? '') ? p.idNumber : undefined,
          phone: /^\+?[0-9 .-]{8,15}$/.test(p.phone ?? '') ? p.phone : undefined,
          address:
            p.addressDetail && /^(\d{2}|\d{5})$/.test(p.unitCode ?? '')
              ? { unitCode: p.unitCode, detail: p.addressDetail }
              : undefined,
        }
      : undefined,
    summary: p.summary || undefined,
    content: p.content || undefined,
  }
  const candidates = useQuery({
    queryKey: ['duplicates', body],
    enabled: hasPerson || text.length >= 20,
    queryFn: () =>
      apiRequest<{ items: DuplicateCandidate[] }>('/api/cases/duplicates', { method: 'POST', body }),
  })
  const link = useMutation({
    mutationFn: (c: DuplicateCandidate) =>
      apiRequest<{ matterId: string }>(`/api/cases/${c.caseId}/matter`, { method: 'POST', body: {} }).then(
        (r) => ({ matterId: r.matterId, trackingCode: c.trackingCode }),
      ),
    onSuccess: (m) => onLink(m),
  })
  const items = candidates.data?.items ?? []
  if (!items.length && !linked) return null
  return (
    <Card
      title={t.title}
      size="small"
      style={{ marginBottom: 16, maxWidth: 760 }}
      role="region"
      aria-label={t.title}
    >
      {linked && (
        <Alert
          type="info"
          showIcon
          title={t.linked(linked.trackingCode)}
          action={<Button onClick={() => onLink(null)}>{t.unlink}</Button>}
          style={{ marginBottom: 8 }}
        />
      )}
      {items.length > 0 && <Typography.Text type="secondary">{t.hint}</Typography.Text>}
      <List<DuplicateCandidate>
        dataSource={items}
        renderItem={(c) => (
          <List.Item
            key={c.caseId}
            actions={[
              <Button key="link" size="small" loading={link.isPending} onClick={() => link.mutate(c)}>
                {t.link}
              </Button>,
            ]}
          >
            <Space direction="vertical" size={0}>
              <Space wrap>
                <Link to={casePath(c.caseId)}>{c.trackingCode}</Link>
                <Typography.Text>{c.summary}</Typography.Text>
                {c.likely && <Tag color="red">{t.likely}</Tag>}
                <Tag>{t.score(c.score)}</Tag>
              </Space>
              <Typography.Text type="secondary">
                {c.citizenName} · {c.statusLabel} · {formatDateTime(c.receivedAt)}
              </Typography.Text>
              <Typography.Text>{c.reasons.map((r) => r.text).join('; ')}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  )
}
