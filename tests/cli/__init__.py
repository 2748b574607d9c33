"""The `smsgate` command (smsgate.__main__) and the files it reads (smsgate._recipients)."""
