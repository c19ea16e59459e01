import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { BackOffice } from './App'
import { queryClient } from './queryClient'

dayjs.locale('vi')

/**
 * Motion follows the user's setting: with "reduce motion" (an accessibility setting of the system) dialogs,
 * drawers and menus appear at once instead of zooming and sliding in.
 */
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
const theme = { token: { colorPrimary: '#a61d24', borderRadius: 6, motion: !reducedMotion } }

// The "*" of required fields is decorative (inputs carry aria-required), so keep it out of the label's name.
function requiredMark(label: ReactNode, { required }: { required: boolean }) {
  return (
    <>
      {label}
      {required && (
        <span aria-hidden="true" style={{ color: '#cf1322', marginInlineStart: 4 }}>
          *
        </span>
      )}
    </>
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('#root not found')

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={viVN} theme={theme} form={{ requiredMark }}>
        <AntApp>
          <BackOffice />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
)
