SELECT count(*)::INTEGER AS aantal FROM quarantine
