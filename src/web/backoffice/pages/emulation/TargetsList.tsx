import { Button, Form, Input, Space } from 'antd'
import { msg } from '../../messages'
import { em } from './messages'

/** The editable list of targets (registration) or criteria (pact): text and level aimed at. */
export function TargetsList({ name, addLabel }: { name: string; addLabel: string }) {
  return (
    <Form.List name={name} initialValue={[{}]}>
      {(items, { add, remove }) => (
        <>
          {items.map((item, index) => (
            <Space key={item.key} wrap align="start" aria-label={`${em.targets} ${index + 1}`}>
              <Form.Item
                name={[item.name, 'text']}
                label={em.targetText}
                rules={[{ required: true, message: msg.common.required(em.targetText) }]}
              >
                <Input style={{ width: 340 }} autoComplete="off" />
              </Form.Item>
              <Form.Item
                name={[item.name, 'target']}
                label={em.targetValue}
                rules={[{ required: true, message: msg.common.required(em.targetValue) }]}
              >
                <Input style={{ width: 160 }} autoComplete="off" />
              </Form.Item>
              <Button onClick={() => remove(item.name)} style={{ marginTop: 30 }}>
                {em.remove}
              </Button>
            </Space>
          ))}
          <Button onClick={() => add()}>{addLabel}</Button>
        </>
      )}
    </Form.List>
  )
}
