import { Flex, Typography } from 'antd'
import { useEffect, type ReactNode } from 'react'
import { msg } from '../messages'

/** The page's visible `<h1>` and the document title. */
export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  useEffect(() => {
    document.title = msg.pageTitle(title)
  }, [title])
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  )
}
