/**
 * The shared components' own strings, Japanese first: the `ui` namespace every app gets for
 * free from createI18n, so a button label reads the same in both apps.
 */
export const UI_MESSAGES = {
  ja: {
    language: '言語',
    languageSwitch: 'English',
    languageSwitchLabel: '英語で表示する',
    largeText: '文字を大きく',
    largeTextOn: '文字を大きくしています',
    highContrast: 'コントラストを強く',
    close: '閉じる',
    status: {
      online: 'オンライン',
      offline: 'オフライン',
      waiting: '送信待ち {{count}} 件',
      connecting: '接続中…',
    },
    note: {
      mine: 'あなたのメモ',
      pending: '送信待ち',
    },
  },
  en: {
    language: 'Language',
    languageSwitch: '日本語',
    languageSwitchLabel: 'Show in Japanese',
    largeText: 'Large text',
    largeTextOn: 'Large text is on',
    highContrast: 'High contrast',
    close: 'Close',
    status: {
      online: 'Online',
      offline: 'Offline',
      waiting: '{{count}} waiting to send',
      connecting: 'Connecting…',
    },
    note: {
      mine: 'Your note',
      pending: 'Waiting to send',
    },
  },
} as const;
