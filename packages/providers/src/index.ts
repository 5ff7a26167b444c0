/** LLM and embedding adapters, a folder per vendor. */
