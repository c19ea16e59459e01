import { Select } from 'antd'
import { msg, ROLE_CODES } from '../messages'

const options = ROLE_CODES.map((code) => ({ value: code, label: msg.roleName(code) }))

type Props = { id?: string; value?: string[]; onChange?: (value: string[]) => void }

export function RoleSelect(props: Props) {
  return <Select {...props} mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
}
