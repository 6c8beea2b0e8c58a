"""Review mode: compare annotators' layers and adjudicate them into gold."""
