import { Checkbox, Form, Input, Space, Typography } from 'antd'
import { msg } from '../../messages'
import { em } from './messages'

/** One line per target or criterion: what was achieved and whether it was met (the year-end assessment). */
export function OutcomeFields({ items }: { items: { text: string; target: string }[] }) {
  return (
    <>
      {items.map((item, index) => (
        <Space key={index} wrap align="start" aria-label={`${em.results} ${index + 1}`}>
          <Typography.Text style={{ width: 240, display: 'inline-block', marginTop: 30 }}>
            {item.text} ({item.target})
          </Typography.Text>
          <Form.Item
            name={['results', index, 'achieved']}
            label={em.achieved}
            rules={[{ required: true, message: msg.common.required(em.achieved) }]}
          >
            <Input style={{ width: 240 }} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['results', index, 'met']}
            valuePropName="checked"
            label={em.met}
            initialValue={false}
          >
            <Checkbox />
          </Form.Item>
        </Space>
      ))}
    </>
  )
}
