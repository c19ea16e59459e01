import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Empty, List, Space, Typography } from 'antd'
import { useRef, useState } from 'react'
import { apiRequest, errorMessage } from '../../api/client'
import { formatDateTime } from '../../format'
import type { ModelView } from './api'
import { mm } from './messages'

type ModelFile = ModelView['attachments'][number]

const sizeOf = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Ảnh, báo cáo, quyết định công nhận của mô hình: list, download and, for those who manage models, upload
 * (`POST /api/models/:id/attachments`; the server recognises the type by content, 10 MB per file).
 */
export function ModelFiles({ model, canUpload }: { model: ModelView; canUpload: boolean }) {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const upload = async () => {
    const chosen = input.current?.files
    if (!chosen?.length) return void message.warning(mm.filesNone)
    const form = new FormData()
    for (const file of Array.from(chosen)) form.append('attachments', file, file.name)
    setBusy(true)
    try {
      const result = await apiRequest<{ items: ModelFile[] }>(`/api/models/${model.id}/attachments`, {
        method: 'POST',
        body: form,
      })
      void message.success(mm.filesUploaded(result.items.length))
      if (input.current) input.current.value = ''
      void queryClient.invalidateQueries({ queryKey: ['models', model.id] })
    } catch (error) {
      void message.error(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }
  if (!canUpload && model.attachments.length === 0) return null
  return (
    <Card size="small" title={mm.files} style={{ marginBottom: 16 }}>
      {model.attachments.length ? (
        <List
          size="small"
          dataSource={model.attachments}
          renderItem={(f) => (
            <List.Item
              actions={[
                <a key="open" href={`/api/attachments/${f.id}`} download={f.fileName}>
                  {mm.fileOpen}
                </a>,
              ]}
            >
              <Space wrap>
                <Typography.Text>{f.fileName}</Typography.Text>
                <Typography.Text type="secondary">
                  {sizeOf(f.size)} · {formatDateTime(f.createdAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty description={mm.filesEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {canUpload && (
        <Space wrap style={{ marginTop: 12 }}>
          <input
            ref={input}
            type="file"
            multiple
            aria-label={mm.filesChoose}
            accept=".pdf,.png,.jpg,.jpeg,.webp,.gif,.heic,.docx,.xlsx"
          />
          <Button onClick={() => void upload()} loading={busy}>
            {mm.filesUpload}
          </Button>
        </Space>
      )}
    </Card>
  )
}
