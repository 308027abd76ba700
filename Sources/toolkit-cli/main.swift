import ToolkitCLI
ToolkitCLI.main()
