import { Button, Result } from 'antd'
import { useEffect } from 'react'
import { msg } from '../messages'
import { navigate, routes } from '../router'

function ErrorPage({ status, title, text }: { status: '404' | '403'; title: string; text: string }) {
  useEffect(() => {
    document.title = msg.pageTitle(title)
  }, [title])
  return (
    <Result
      status={status}
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title}</h1>}
      subTitle={text}
      extra={
        <Button type="primary" onClick={() => navigate(routes.home)}>
          {msg.errors.backHome}
        </Button>
      }
    />
  )
}

export function NotFoundPage() {
  return <ErrorPage status="404" title={msg.errors.notFoundTitle} text={msg.errors.notFoundText} />
}

export function ForbiddenPage() {
  return <ErrorPage status="403" title={msg.errors.forbiddenTitle} text={msg.errors.forbiddenText} />
}
