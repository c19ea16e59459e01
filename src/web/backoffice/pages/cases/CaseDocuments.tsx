import { useQuery } from '@tanstack/react-query'
import { Button, Card, List, Space, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { apiRequest } from '../../api/client'
import type { CaseDocument, Page } from '../../api/types'
import { QueryError } from '../../components/QueryError'
import { documentsMsg as t } from '../documents/messages'

/**
 * Văn bản của hồ sơ: the notices, decisions and letters its steps produced, each downloadable as DOCX (to
 * edit) or PDF (to send). `version` refetches the list after each step.
 */
export function CaseDocuments({ caseId, version }: { caseId: string; version: number }) {
  const documents = useQuery({
    queryKey: ['cases', caseId, 'documents', version],
    queryFn: () => apiRequest<Page<CaseDocument>>(`/api/cases/${caseId}/documents`),
  })
  return (
    <Card title={t.card} size="small">
      {documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <List
          loading={documents.isPending}
          locale={{ emptyText: t.none }}
          dataSource={documents.data?.items ?? []}
          renderItem={(d) => (
            <List.Item
              key={d.type}
              actions={[
                <Button
                  key="docx"
                  href={d.links.docx}
                  download={`${d.fileName}.docx`}
                  icon={<DownloadOutlined aria-hidden />}
                  aria-label={t.downloadLabel(d.label, 'DOCX')}
                >
                  {t.docx}
                </Button>,
                <Button
                  key="pdf"
                  type="primary"
                  href={d.links.pdf}
                  download={`${d.fileName}.pdf`}
                  icon={<DownloadOutlined aria-hidden />}
                  aria-label={t.downloadLabel(d.label, 'PDF')}
                >
                  {t.pdf}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{d.label}</Typography.Text>
                <Typography.Text type="secondary">
                  {t.dated(dayjs(d.date).format('DD/MM/YYYY'))}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
