import { Alert, Form, Input, List, Modal, Typography } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { QueryError } from '../../components/QueryError'
import { receptionText as t } from './texts'

interface RevealedVisitor {
  fullName: string
  idNumber: string | null
  phone: string | null
  unitCode: string | null
  addressDetail: string | null
  representative: boolean
}

/**
 * Xem danh tính người tố cáo của một lượt tiếp, as the case page does for a case: asks the leader why,
 * then shows the people of the visit in this dialog only (never cached); the server records the reveal
 * with the reason in the audit chain.
 */
export function RevealVisitors({ visitId, onClose }: { visitId: string; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>()
  const [people, setPeople] = useState<RevealedVisitor[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const reveal = async ({ reason }: { reason: string }) => {
    setBusy(true)
    setError(null)
    try {
      const r = await apiRequest<{ citizens: RevealedVisitor[] }>(
        `/api/reception/visits/${visitId}/reveal-identity`,
        { method: 'POST', body: { reason: reason.trim() } },
      )
      setPeople(r.citizens)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      title={t.revealTitle}
      okText={people ? t.revealClose : t.revealOk}
      confirmLoading={busy}
      onOk={() => (people ? onClose() : form.submit())}
      onCancel={onClose}
      cancelButtonProps={people ? { style: { display: 'none' } } : undefined}
      destroyOnHidden
    >
      {people ? (
        <List
          header={<Typography.Text strong>{t.revealedTitle}</Typography.Text>}
          dataSource={people}
          renderItem={(p) => (
            <List.Item>
              {[
                p.fullName,
                p.representative ? t.revealedRepresentative : null,
                p.idNumber,
                p.phone,
                [p.addressDetail, p.unitCode].filter(Boolean).join(', ') || null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </List.Item>
          )}
        />
      ) : (
        <>
          <Alert type="warning" showIcon message={t.revealIntro} style={{ marginBottom: 16 }} />
          {error ? <QueryError error={error} /> : null}
          <Form name="reveal-visitors" form={form} layout="vertical" onFinish={(v) => void reveal(v)}>
            <Form.Item
              name="reason"
              label={t.revealReason}
              rules={[{ required: true, min: 20, whitespace: true, message: t.revealReasonShort }]}
            >
              <Input.TextArea rows={3} autoFocus />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  )
}
