/**
 * Adds DOM matchers such as toBeInTheDocument() to every unit test.
 */
import '@testing-library/jest-dom';
