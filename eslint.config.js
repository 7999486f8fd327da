import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.strictTypeChecked,
  {
    rules: {
      'vue/no-v-html': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': ['error', { ignores: ['App'] }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    // The core is pure: no framework, no PDF library, no browser or Node globals.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['vue', 'pinia', 'vue-router', 'jspdf', 'node:*', '../*'], message: 'src/core is pure TypeScript: it imports only other core modules.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'process'],
    },
  },
  {
    // jsPDF is loaded lazily, from src/report only.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/report/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'jspdf', message: 'Only src/report may import jsPDF (lazily).' }] }],
    },
  },
)
