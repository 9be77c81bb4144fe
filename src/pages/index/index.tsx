import { Text, View } from '@tarojs/components'

export default function Home() {
  return (
    <View className="page">
      <Text>INDIGO</Text>
    </View>
  )
}
