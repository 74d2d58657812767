// Jest setup for renderer tests: DOM matchers from Testing Library.
import '@testing-library/jest-dom';
