import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys } from '../../api/queries'
import type { Organization } from '../../api/types'
import { AdminUnitPicker } from '../../components/AdminUnitPicker'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { msg, ORGANIZATION_KINDS } from '../../messages'

interface OrganizationValues {
  code?: string
  name: string
  kind: string
  provinceCode?: string
  adminUnitCode?: string | null
  contactPhone?: string | null
  hotline?: string | null
  email?: string | null
  address?: string | null
}

const CONTACTS = ['contactPhone', 'hotline', 'email', 'address'] as const
const FIELDS = ['code', 'name', 'kind', 'provinceCode', 'adminUnitCode', ...CONTACTS] as const
/** Empty contact inputs are sent as null (cleared), filled ones trimmed. */
const contactsOf = (values: OrganizationValues) =>
  Object.fromEntries(CONTACTS.map((k) => [k, values[k]?.trim() || null]))
const kindOptions = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: msg.organizationKind(kind) }))

export type OrganizationDialog =
  { mode: 'create'; parent: Organization } | { mode: 'edit'; organization: Organization }

/** Adds a child organization under `parent`, or renames / changes the kind of `organization`. */
export function OrganizationFormModal({
  dialog,
  onClose,
}: {
  dialog: OrganizationDialog
  onClose: () => void
}) {
  const t = msg.organizations
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<OrganizationValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)
  const creating = dialog.mode === 'create'

  const save = useMutation({
    mutationFn: (values: OrganizationValues) => {
      if (dialog.mode === 'edit') {
        return apiRequest<Organization>(`/api/organizations/${dialog.organization.id}`, {
          method: 'PATCH',
          body: {
            name: values.name,
            kind: values.kind,
            adminUnitCode: values.adminUnitCode ?? null,
            ...contactsOf(values),
          },
        })
      }
      const provinceCode = values.provinceCode?.trim()
      return apiRequest<Organization>('/api/organizations', {
        method: 'POST',
        body: {
          parentId: dialog.parent.id,
          code: values.code,
          name: values.name,
          kind: values.kind,
          ...(provinceCode ? { provinceCode } : {}),
          ...(values.adminUnitCode ? { adminUnitCode: values.adminUnitCode } : {}),
          ...contactsOf(values),
        },
      })
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.organizations })
      void queryClient.invalidateQueries({ queryKey: queryKeys.me })
      message.success(creating ? t.created(saved.name) : msg.common.saved)
      onClose()
    },
    onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
  })

  const initialValues: Partial<OrganizationValues> =
    dialog.mode === 'edit'
      ? {
          name: dialog.organization.name,
          kind: dialog.organization.kind,
          adminUnitCode: dialog.organization.adminUnitCode,
          contactPhone: dialog.organization.contactPhone,
          hotline: dialog.organization.hotline,
          email: dialog.organization.email,
          address: dialog.organization.address,
        }
      : { provinceCode: dialog.parent.provinceCode ?? undefined }
  const title =
    dialog.mode === 'edit' ? t.renameTitle(dialog.organization.name) : t.addChildTitle(dialog.parent.name)

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <FormError error={formError} />
      <Form<OrganizationValues>
        name="organization"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setFormError(null)
          save.mutate(values)
        }}
      >
        {creating && (
          <Form.Item
            name="code"
            label={t.code}
            rules={[{ required: true, whitespace: true, message: msg.common.required(t.code) }]}
          >
            <Input autoComplete="off" autoFocus />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: msg.common.required(t.name) }]}
        >
          <Input autoComplete="off" autoFocus={!creating} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t.kind}
          rules={[{ required: true, message: msg.common.requiredSelect(t.kind) }]}
        >
          <Select options={kindOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="adminUnitCode" label={t.adminUnit} extra={t.adminUnitHint}>
          <AdminUnitPicker />
        </Form.Item>
        <Form.Item name="contactPhone" label={t.contactPhone}>
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item name="hotline" label={t.hotline}>
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t.email} extra={t.emailHint}>
          <Input autoComplete="off" type="email" />
        </Form.Item>
        <Form.Item name="address" label={t.address}>
          <Input autoComplete="off" />
        </Form.Item>
        {creating && (
          <Form.Item name="provinceCode" label={t.provinceCode}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{msg.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {creating ? msg.common.create : msg.common.save}
          </Button>
        </Flex>
      </Form>
    </Modal>
  )
}
