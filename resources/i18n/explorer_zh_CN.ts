<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CalculatorTab</name>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="95" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="96" />
            <source>IT load</source>
            <translation>IT 负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="97" />
            <source>IT load in kilowatts</source>
            <translation>IT 负载（千瓦）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="98" />
            <source>Average IT load of the workload, 100 kW to 200 MW</source>
            <translation>工作负载的平均 IT 负载，100 千瓦至 200 兆瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="99" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="100" />
            <source>Origin region</source>
            <translation>迁出地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="101" />
            <source>Annual electricity saving in Gui'an</source>
            <translation>迁至贵安每年节省电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="102" />
            <source>Annual electricity saving</source>
            <translation>每年节省电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="112" />
            <source>{origin}: {origin_cost} a year against {destination}: {destination_cost} a year</source>
            <translation>{origin}：每年 {origin_cost}；{destination}：每年 {destination_cost}</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../explorer/ui/errors.py" line="80" />
            <location filename="../../explorer/ui/errors.py" line="82" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/errors.py" line="86" />
            <source>Something went wrong, but your work is still open. The details were written to the log file in:
{folder}</source>
            <translation>程序出现错误，但您的工作仍然保留。详细信息已写入日志文件夹：
{folder}</translation>
        </message>
    </context>
    <context>
        <name>EnergyCostChart</name>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="49" />
            <source>Energy cost per year</source>
            <translation>每年电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="50" />
            <source>Annual energy cost by site</source>
            <translation>各地区每年电费</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="84" />
            <source>Gui'an Compute Explorer</source>
            <translation>贵安算力探索器</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="85" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="86" />
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="87" />
            <source>Calculator</source>
            <translation>测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="88" />
            <source>Main sections</source>
            <translation>主要栏目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="89" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="90" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="91" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="92" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="93" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="94" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="95" />
            <source>Data pack version</source>
            <translation>数据包版本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="111" />
            <source>{app} {version}

Relocation cases and incentive policies for Gui'an New Area, Guizhou.

Data pack {pack_version}, as of {as_of}.
Sources: Guizhou provincial and Gui'an government documents, national policy documents (NDRC, MOF, STA, MIIT), statistics bureaus and the press, each named beside the figure it supports. Figures marked as estimates are ours.

Results are estimates, not quotes.</source>
            <translation>{app} {version}

面向贵州贵安新区的算力迁移测算与激励政策查询工具。

数据包 {pack_version}，数据截至 {as_of}。
数据来源：贵州省及贵安新区政府文件、国家政策文件（国家发展改革委、财政部、国家税务总局、工业和信息化部）、统计部门及新闻媒体，每个数字旁均注明出处。标注为“估算”的数字由我们推算。

测算结果为估算，不构成报价。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="128" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="129" />
            <source>About {app}</source>
            <translation>关于 {app}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="138" />
            <source>Data pack {version} · as of {as_of}</source>
            <translation>数据包 {version} · 截至 {as_of}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../explorer/ui/overview/overview_tab.py" line="90" />
            <source>Gui'an New Area: a national computing hub</source>
            <translation>贵安新区：全国一体化算力网络国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/overview_tab.py" line="93" />
            <source>Under East Data, West Computing, Guizhou hosts one of China's eight national computing hub nodes, with its data-centre cluster in Gui'an New Area. Each figure below names its source; hover for details.</source>
            <translation>在“东数西算”工程中，贵州是全国八大算力枢纽节点之一，其数据中心集群位于贵安新区。下列每个数字均注明出处，鼠标悬停可查看详情。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/overview_tab.py" line="99" />
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
    </context>
    <context>
        <name>PoliciesTab</name>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/policies_tab.py" line="32" />
            <source>%n policies in the data pack</source>
            <translation>
                <numerusform>数据包中共有 %n 项政策</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="33" />
            <source>Policy titles</source>
            <translation>政策标题</translation>
        </message>
    </context>
</TS>