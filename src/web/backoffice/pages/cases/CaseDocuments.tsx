import { useQuery } from '@tanstack/react-query'
import { Button, Card, Form, Input, List, Modal, Space, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import type { CaseDocument, Page } from '../../api/types'
import { QueryError } from '../../components/QueryError'
import { useCan } from '../../session'
import { documentsMsg as t } from '../documents/messages'

/**
 * Văn bản của hồ sơ: the notices, decisions and letters its steps produced, each downloadable as DOCX (to
 * edit) or PDF (to send). `version` refetches the list after each step.
 */
export function CaseDocuments({
  caseId,
  version,
  hasProtectedIdentity,
}: {
  caseId: string
  version: number
  hasProtectedIdentity: boolean
}) {
  const can = useCan()
  const [revealing, setRevealing] = useState<CaseDocument | null>(null)
  const mayReveal = hasProtectedIdentity && can('cases.reveal_identity')
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
                ...(mayReveal
                  ? [
                      <Button
                        key="reveal"
                        onClick={() => setRevealing(d)}
                        aria-label={t.revealLabel(d.label)}
                      >
                        {t.reveal}
                      </Button>,
                    ]
                  : []),
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
      {revealing && <RevealDownload document={revealing} onClose={() => setRevealing(null)} />}
    </Card>
  )
}

/**
 * Asks the leader why the identity must be printed, then downloads the PDF with it; the server records the
 * reveal with that reason.
 */
function RevealDownload({ document: d, onClose }: { document: CaseDocument; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>()
  const download = ({ reason }: { reason: string }) => {
    const link = window.document.createElement('a')
    link.href = `${d.links.pdf}&revealReason=${encodeURIComponent(reason.trim())}`
    link.download = `${d.fileName}.pdf`
    link.click()
    onClose()
  }
  return (
    <Modal
      open
      title={t.revealTitle(d.label)}
      okText={t.revealOk}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t.revealIntro}</Typography.Paragraph>
      <Form name="reveal-document" form={form} layout="vertical" onFinish={download}>
        <Form.Item
          name="reason"
          label={t.revealReason}
          rules={[{ required: true, min: 20, whitespace: true, message: t.revealReasonShort }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}
