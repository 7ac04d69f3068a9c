"""The desktop application (Qt): main window, fines register, tray icon and notifications."""
