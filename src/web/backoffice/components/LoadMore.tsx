import { Button, Flex } from 'antd'
import { msg } from '../messages'

export function LoadMore(props: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  if (!props.hasMore) return null
  return (
    <Flex justify="center" style={{ marginTop: 16 }}>
      <Button onClick={props.onLoad} loading={props.loading}>
        {msg.common.loadMore}
      </Button>
    </Flex>
  )
}
