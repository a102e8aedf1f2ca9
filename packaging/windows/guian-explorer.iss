; Inno Setup 6 script: the Windows installer for the one-folder PyInstaller build.
; packaging/build.py passes every value below on the command line, for example
;   iscc /DAppName="Gui'an Compute Explorer" /DAppVersion=0.1.0 /DAppExe=guian-explorer.exe
;        /DPackageName=guian-compute-explorer /DSourceDir=dist\guian-explorer
;        /DIconFile=resources\icons\guian-explorer.ico /DOutputDir=dist packaging\windows\guian-explorer.iss
; Installs per user by default (no administrator needed; the user may choose all users).
; The app writes nothing into its install folder: settings, logs and imported data packs
; go to %LOCALAPPDATA%\GuianComputeExplorer\guian-compute-explorer.

#ifndef AppName
  #error AppName must be defined (/DAppName=...)
#endif

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied together across versions.
AppId={{6B7C3F0E-5B43-4E0B-9C1E-2F3A9D8E4A21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#PackageName}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what an older build might have left in the install folder; user data stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
