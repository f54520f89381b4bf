import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/contract/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/scenarios/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
    ],
    environment: 'node',
  },
});
