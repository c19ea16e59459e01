import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Empty, Input, List, Modal, Space, Tag, Typography } from 'antd'
import { useRef, useState } from 'react'
import { apiRequest, errorMessage } from '../../api/client'
import type { CaseAttachment } from '../../api/types'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'

const sizeOf = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Tệp đính kèm của hồ sơ: list, download, and (for those who take in or handle letters) upload. */
export function CaseAttachments({
  caseId,
  files,
  canUpload,
}: {
  caseId: string
  files: CaseAttachment[]
  canUpload: boolean
}) {
  const t = msg.cases
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [opening, setOpening] = useState<CaseAttachment | null>(null)
  const [reason, setReason] = useState('')

  const upload = async () => {
    const chosen = input.current?.files
    if (!chosen?.length) return
    const form = new FormData()
    for (const file of Array.from(chosen)) form.append('attachments', file, file.name)
    setBusy(true)
    try {
      const result = await apiRequest<{ items: CaseAttachment[] }>(`/api/cases/${caseId}/attachments`, {
        method: 'POST',
        body: form,
      })
      void message.success(t.uploaded(result.items.length))
      if (input.current) input.current.value = ''
      void queryClient.invalidateQueries({ queryKey: ['cases', caseId] })
    } catch (error) {
      void message.error(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title={t.attachments} size="small">
      {files.length ? (
        <List
          size="small"
          dataSource={files}
          renderItem={(f) => (
            <List.Item
              actions={[
                f.protected ? (
                  <Button key="open" size="small" onClick={() => setOpening(f)}>
                    {t.openProtected}
                  </Button>
                ) : (
                  <a key="open" href={`/api/attachments/${f.id}`} download={f.fileName}>
                    {t.openFile}
                  </a>
                ),
              ]}
            >
              <Space wrap>
                <Typography.Text>{f.fileName}</Typography.Text>
                {f.protected && <Tag color="red">{t.protectedFile}</Tag>}
                <Typography.Text type="secondary">
                  {sizeOf(f.size)} · {formatDateTime(f.createdAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t.noAttachments} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {canUpload && (
        <Space wrap style={{ marginTop: 12 }}>
          <input
            ref={input}
            type="file"
            multiple
            aria-label={t.chooseFiles}
            accept=".pdf,.png,.jpg,.jpeg,.webp,.gif,.heic,.docx,.xlsx"
          />
          <Button onClick={() => void upload()} loading={busy}>
            {t.upload}
          </Button>
          <Typography.Text type="secondary">{t.chooseFiles}</Typography.Text>
        </Space>
      )}
      <Modal
        open={opening !== null}
        title={t.openProtected}
        okText={t.openFile}
        okButtonProps={{ disabled: reason.trim().length < 20 }}
        onCancel={() => setOpening(null)}
        onOk={() => {
          if (opening)
            window.open(
              `/api/attachments/${opening.id}?reason=${encodeURIComponent(reason.trim())}`,
              '_blank',
            )
          setOpening(null)
          setReason('')
        }}
      >
        <label>
          {t.openReason}
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      </Modal>
    </Card>
  )
}
