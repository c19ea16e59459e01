import { useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Empty, List, Space, Typography } from 'antd'
import { useRef, useState } from 'react'
import { apiRequest, errorMessage } from '../../api/client'
import { formatDateTime } from '../../format'
import { am } from './messages'

export interface ActivityFile {
  id: string
  fileName: string
  size: number
  createdAt: string
}

const sizeOf = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Biên bản, ảnh, danh sách người tham dự của hoạt động: list, download and (for recorders) upload. */
export function ActivityFiles({
  activityId,
  files,
  canUpload,
}: {
  activityId: string
  files: ActivityFile[]
  canUpload: boolean
}) {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const upload = async () => {
    const chosen = input.current?.files
    if (!chosen?.length) return
    const form = new FormData()
    for (const file of Array.from(chosen)) form.append('attachments', file, file.name)
    setBusy(true)
    try {
      const result = await apiRequest<{ items: ActivityFile[] }>(
        `/api/activities/${activityId}/attachments`,
        {
          method: 'POST',
          body: form,
        },
      )
      void message.success(am.files.uploaded(result.items.length))
      if (input.current) input.current.value = ''
      void queryClient.invalidateQueries({ queryKey: ['activities', activityId] })
    } catch (error) {
      void message.error(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title={am.files.title} size="small" style={{ marginBottom: 16 }}>
      {files.length ? (
        <List
          size="small"
          dataSource={files}
          renderItem={(f) => (
            <List.Item
              actions={[
                <a key="open" href={`/api/attachments/${f.id}`} download={f.fileName}>
                  {am.files.open}
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
        <Empty description={am.files.none} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {canUpload && (
        <Space wrap style={{ marginTop: 12 }}>
          <input
            ref={input}
            type="file"
            multiple
            aria-label={am.files.choose}
            accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx"
          />
          <Button onClick={() => void upload()} loading={busy}>
            {am.files.upload}
          </Button>
        </Space>
      )}
    </Card>
  )
}
